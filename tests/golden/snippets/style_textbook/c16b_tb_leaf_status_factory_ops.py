# Which tensors are leaves after factory calls and simple ops.
import torch

cases = {
    'ones(rg)': torch.ones(2, requires_grad=True),
    'ones(rg)*2': torch.ones(2, requires_grad=True) * 2,
    'rand(rg)': torch.rand(2, requires_grad=True),
    'tensor.to(f64)': torch.ones(2, requires_grad=True).to(torch.float64),
    'zeros_like(rg)': torch.zeros_like(torch.ones(2), requires_grad=True),
    'plain': torch.ones(2),
    'detach': (torch.ones(2, requires_grad=True) + 1).detach(),
}
for name, t in cases.items():
    print(f"{name:16s} leaf={t.is_leaf} rg={t.requires_grad} fn={type(t.grad_fn).__name__}")
