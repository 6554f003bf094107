# Walking the backward graph by hand: every grad_fn lists the nodes it feeds into.
import torch

a = torch.tensor([2.0, -1.0], requires_grad=True)
b = torch.tensor([0.5, 3.0], requires_grad=True)
c = (a * b).exp().sum()
node = c.grad_fn
depth = 0
while node is not None:
    print(depth, node.name())
    nxt = [f for f, _ in node.next_functions if f is not None]
    node = nxt[0] if nxt else None
    depth += 1
print(c.grad_fn.next_functions[0][0].next_functions[0][0].next_functions)
