# Issue: "which leaves does my loss depend on?" — collect AccumulateGrad nodes breadth-first.
import torch

p = torch.tensor([1.0, 2.0], requires_grad=True)
q = torch.tensor(3.0, requires_grad=True)
unused = torch.tensor(4.0, requires_grad=True)
loss = ((p * q).relu() + p.mean()).sum()
frontier, seen, leaves = [loss.grad_fn], set(), []
while frontier:
    node = frontier.pop(0)
    if node is None or node in seen:
        continue
    seen.add(node)
    if hasattr(node, "variable"):
        leaves.append(tuple(node.variable.shape))
    frontier.extend(child for child, _ in node.next_functions)
print(sorted(leaves), len(seen))
print(sorted(n.name() for n in seen))
