# d2l "Data Manipulation" in my own order: a vector reshaped with -1, constant tensors, elementwise
# operators, concatenation both ways, comparison, broadcasting, slice assignment and in-place saving.
import torch

v = torch.arange(15, dtype=torch.float32)
print(v.numel(), v.shape, v[-3:])
M = v.reshape(-1, 5)
print(M)
print(torch.zeros((2, 2, 3)), torch.ones((1, 4)))
torch.manual_seed(0)
print(torch.randn(2, 3))
p = torch.tensor([1.5, 3, 4, 9])
q = torch.tensor([3, 2, 2, 2])
print(p + q, p - q, p * q, p / q, p ** q, torch.exp(p))
N = torch.tensor([[3.0, 1, 4, 1, 5], [9, 2, 6, 5, 3], [5, 8, 9, 7, 9]])
print(torch.cat((M, N), dim=0).shape, torch.cat((M, N), dim=1))
print(M < N, M.sum(), (M == N).any())
col = torch.arange(3).reshape((3, 1))
row = torch.arange(4).reshape((1, 4))
print(col * 10 + row)
M[2, 0] = 17
M[1:, 3:] = 12
print(M[0], M[-2:])
old = id(N)
N = N * 2 + M
print(id(N) == old)
buf = torch.empty_like(N)
addr = id(buf)
buf[:] = M - N
print(id(buf) == addr, buf[0], type(M.numpy()), torch.tensor([3.5]).item(), float(torch.tensor([3.5])))
