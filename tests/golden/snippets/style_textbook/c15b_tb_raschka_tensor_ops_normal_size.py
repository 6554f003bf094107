# Tensor operations chapter: random tensors, elementwise product, mean over an axis, matmul, norms.
import torch

torch.manual_seed(1)
t1 = 2 * torch.rand(5, 2) - 1
t2 = torch.normal(mean=0, std=1, size=(5, 2))
t3 = torch.multiply(t1, t2)
print(t3)
t4 = torch.mean(t1, axis=0)
print(t4)
t5 = torch.matmul(t1, torch.transpose(t2, 0, 1))
print(t5.shape)
t6 = torch.matmul(torch.transpose(t1, 0, 1), t2)
print(t6)
norm_t1 = torch.linalg.norm(t1, ord=2, dim=1)
print(norm_t1)
print(torch.sqrt(torch.sum(torch.square(t1), axis=1)))
t = torch.rand(6)
print(torch.chunk(t, 3), torch.split(t, split_size_or_sections=[4, 2])[1].shape)
