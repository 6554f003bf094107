# Lecture: clip_grad_norm_ with other norms, and non-finite gradients.
import torch
import torch.nn as nn

torch.manual_seed(2)
p1 = nn.Parameter(torch.randn(3))
p2 = nn.Parameter(torch.randn(2, 2))
def fill():
    p1.grad = torch.tensor([3.0, -4.0, 1.0])
    p2.grad = torch.tensor([[0.5, -6.0], [2.0, 0.0]])
fill()
print(nn.utils.clip_grad_norm_([p1, p2], max_norm=2.0, norm_type=float("inf")))
print(p1.grad, p2.grad)
fill()
print(nn.utils.clip_grad_norm_([p1, p2], max_norm=2.0, norm_type=1.0))
print(p1.grad)
fill()
print(nn.utils.clip_grad_norm_([p1, p2], max_norm=100.0))
print(p2.grad)
p1.grad = torch.tensor([float("nan"), 1.0, 1.0])
try:
    nn.utils.clip_grad_norm_([p1, p2], max_norm=1.0, error_if_nonfinite=True)
except RuntimeError as e:
    print(e)
print(nn.utils.clip_grad_norm_([p1], max_norm=1.0))
print(nn.utils.get_total_norm([torch.tensor([3.0, 4.0]), torch.tensor([12.0])]))
