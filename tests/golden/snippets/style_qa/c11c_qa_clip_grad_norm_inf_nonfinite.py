# Q: clip_grad_norm_ returns inf/nan - what does error_if_nonfinite do?
import torch

p = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
q = torch.nn.Parameter(torch.tensor([3.0]))
p.grad = torch.tensor([3.0, 4.0])
q.grad = torch.tensor([12.0])
print(torch.nn.utils.clip_grad_norm_([p, q], max_norm=6.5))
print(p.grad, q.grad)
p.grad = torch.tensor([float("inf"), 1.0])
q.grad = torch.tensor([1.0])
print(torch.nn.utils.clip_grad_norm_([p, q], max_norm=1.0))
print(p.grad, q.grad)
p.grad = torch.tensor([float("nan"), 1.0])
try:
    torch.nn.utils.clip_grad_norm_([p, q], max_norm=1.0, error_if_nonfinite=True)
except RuntimeError as e:
    print("RuntimeError:", e)
p.grad = torch.tensor([0.3, -0.4])
print(torch.nn.utils.clip_grad_norm_(p, 10.0), p.grad)
print(torch.nn.utils.get_total_norm([torch.tensor([3.0]), torch.tensor([4.0])]))
