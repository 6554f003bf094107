import torch

# Q26. Name the grad_fn of each intermediate, and walk next_functions from the loss.
x = torch.tensor([1.0, 2.0], requires_grad=True)
a = x.exp()
b = a.sum()
c = b * 2
loss = c.log()
for t in (a, b, c, loss):
    print(type(t.grad_fn).__name__)
fn = loss.grad_fn
while fn is not None:
    print(fn.name(), [type(n[0]).__name__ for n in fn.next_functions])
    fn = fn.next_functions[0][0] if fn.next_functions else None
