/*
 * nothreads.c - a library to preload (LD_PRELOAD) in which pthread_create
 * always fails, as it does when a process may start no more threads: the
 * order suite checks that tenor then scores with one job, the same tables
 * and messages as -j 1.
 */
#include <errno.h>
#include <pthread.h>

int pthread_create(pthread_t *thread, const pthread_attr_t *attr, void *(*start)(void *),
                   void *arg) {
  (void)thread;
  (void)attr;
  (void)start;
  (void)arg;
  return EAGAIN;
}
