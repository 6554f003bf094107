import torch

t = torch.tensor([float('nan'), float('inf'), -float('inf'), 1.5])
print(torch.nan_to_num(t))
print(torch.nan_to_num(t, nan=0.0, posinf=1e3, neginf=-1e3))
print(t.nan_to_num(nan=-1.0), torch.nan_to_num(torch.tensor([1, 2])))
print(torch.frac(torch.tensor([1.5, -2.25])))
x = torch.tensor([1.0, float('inf'), 2.0], requires_grad=True)
y = torch.nan_to_num(x * 3)
print(y, y.grad_fn)
y.sum().backward()
print(x.grad)
print(torch.bitwise_xor(torch.tensor([5, 3]), torch.tensor([1, 1])), torch.tensor([True, False]) ^ torch.tensor([True, True]))
