import numpy as np
import torch

t = torch.tensor([1., 2.])
a = np.array([3., 4.])
# a tensor's operator gives way to numpy, which hands its result back as a tensor
r = t * a
print(type(r).__name__, r.dtype, r)
print(t + np.array([1, 2]))
print(t - np.array(2.))
print(t / np.array([2., 4.], dtype=np.float32))
print(t ** np.array([2, 3]))
print(torch.tensor([5, 7]) // np.array([2, 2]), torch.tensor([5, 7]) % np.array([2, 3]))
print(t @ a)
print(torch.tensor(2.) * a)
print(torch.tensor([True, False]) & np.array([True, True]))
print(torch.tensor([1, 0]) | np.array([1, 1]))
for make in (lambda: a * t, lambda: a + t, lambda: a @ t, lambda: a < t, lambda: t < a):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
print(t * np.float64(2.), np.float64(2.) * t, np.float32(3.) * t, np.int64(2) * t)
print(torch.tensor([1, 2]) * np.float64(2.), torch.tensor([1, 2]) * np.int64(2))
print(torch.tensor([1.], dtype=torch.float16) * np.float64(3.))
