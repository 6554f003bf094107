# Quiz: torch.autograd.grad on a vector output without grad_outputs.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.exp()
try:
    torch.autograd.grad(y, x)
except RuntimeError as e:
    print(type(e).__name__, e)
(g,) = torch.autograd.grad(y, x, grad_outputs=torch.ones_like(y), is_grads_batched=False)
print(g)
