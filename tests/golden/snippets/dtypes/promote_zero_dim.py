import torch

i32 = torch.tensor([1, 2], dtype=torch.int32)
f32 = torch.tensor([1., 2.])
print((i32 + torch.tensor(5)).dtype)
print((f32 + torch.tensor(1., dtype=torch.float64)).dtype)
print((i32 + torch.tensor(1.5, dtype=torch.float64)).dtype)
print((torch.tensor(2) * torch.tensor(1.5)).dtype)
print((torch.tensor([1, 2]) + torch.tensor(0.5, dtype=torch.float64)))
