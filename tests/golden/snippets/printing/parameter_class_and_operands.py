# nn.Parameter's class, and a Parameter on the right of an operator keeps the operands in order.
import torch

print(type(torch.nn.Parameter), torch.Tensor.__rmul__ is torch.nn.Parameter.__rmul__)
torch.manual_seed(0)
w = torch.nn.Parameter(torch.randn(3))
x = torch.randn(3, requires_grad=True)
for y in (x * w, x - w, x / w, x @ w, 2 * x + w):
    print(y.grad_fn.name(), [type(n).__name__ for n, _ in y.grad_fn.next_functions])
