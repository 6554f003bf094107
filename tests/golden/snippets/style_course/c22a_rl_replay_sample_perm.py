import torch

torch.manual_seed(4)
buf_s = torch.arange(20, dtype=torch.float32).reshape(10, 2)
buf_r = torch.linspace(-1, 1, 10)
perm = torch.randperm(10)
print(perm)
for batch in perm.split(4):
    print(batch.tolist(), buf_s[batch].sum().item(), buf_r[batch])
