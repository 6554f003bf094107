# merging LoRA weights back into the base Linear gives the same output
import torch
torch.manual_seed(12)
base = torch.nn.Linear(5, 4)
A = torch.randn(2, 5)
B = torch.randn(4, 2)
scale = 0.5
x = torch.randn(3, 5)
y_adapter = base(x) + scale * (x @ A.t() @ B.t())
with torch.no_grad():
    base.weight += scale * B @ A
y_merged = base(x)
print(torch.allclose(y_adapter, y_merged, atol=1e-6))
print((y_adapter - y_merged).abs().max().item())
print(base.weight.requires_grad, base.weight.grad_fn)
