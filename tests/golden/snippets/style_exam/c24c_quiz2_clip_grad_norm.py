# Quiz B16: what does clip_grad_norm_ return and do?
import torch

a = torch.nn.Parameter(torch.zeros(2))
b = torch.nn.Parameter(torch.zeros(2))
a.grad = torch.tensor([3.0, 0.0])
b.grad = torch.tensor([0.0, 4.0])
total = torch.nn.utils.clip_grad_norm_([a, b], max_norm=1.0)
print(total)
print(a.grad, b.grad)
print(torch.nn.utils.clip_grad_norm_([a, b], max_norm=10.0))
torch.nn.utils.clip_grad_value_([a, b], clip_value=0.5)
print(a.grad, b.grad)
