import torch

# Q37. After the assignments, what are the contents of a?
a = torch.zeros(5)
b = a[1:4]
b[0] = 1
c = a.clone()
c[4] = 9
d = a.view(5, 1)
d[2, 0] = 2
print(a)
e = torch.from_numpy(a.numpy())
e += 1
print(a)
