# clip_grad_value_ clamps each gradient element
import torch
w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
(w ** 3).sum().backward()
print(w.grad)
torch.nn.utils.clip_grad_value_([w], clip_value=5.0)
print(w.grad)
v = torch.zeros(2, requires_grad=True)
print(torch.nn.utils.clip_grad_norm_([v], 1.0))
try:
    torch.nn.utils.clip_grad_norm_([w], 1.0, error_if_nonfinite=True, norm_type=2.0) 
    w.grad[0] = float("nan")
    torch.nn.utils.clip_grad_norm_([w], 1.0, error_if_nonfinite=True)
except RuntimeError as e:
    print(e)
