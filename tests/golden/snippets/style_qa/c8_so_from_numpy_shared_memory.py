# Q: I changed my numpy array and the tensor changed too: from_numpy / as_tensor vs torch.tensor.
import numpy as np
import torch

a = np.array([1.0, 2.0, 3.0])
t1 = torch.from_numpy(a)
t2 = torch.tensor(a)
t3 = torch.as_tensor(a)
t4 = torch.as_tensor(a, dtype=torch.float32)
a[0] = 100
print(t1, t2, t3, t4, sep="\n")
t1.mul_(2)
print(a)
b = t2.numpy()
b[1] = -1
print(t2)
c = torch.ones(3)
n = c.numpy()
c.add_(1)
print(n, n.dtype)
print(torch.from_numpy(np.arange(4)).dtype, torch.tensor(np.arange(4, dtype=np.int32)).dtype)
try:
    torch.from_numpy(np.array(['a', 'b']))
except TypeError as e:
    print("TypeError:", e)
print(torch.from_numpy(np.zeros((2, 2), dtype=np.float16)))
print(torch.from_numpy(np.array([True, False])))
