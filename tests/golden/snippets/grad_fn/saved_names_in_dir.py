import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
w = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
y = (x * w).sin()
loss = y.sum()
for node in (y.grad_fn, y.grad_fn.next_functions[0][0], loss.grad_fn):
    print(node.name(), [a for a in dir(node) if a.startswith("_saved")])
    print("  ", "_saved" in dir(node), "_rule" in dir(node), "__slots__" in dir(node))
leaf = y.grad_fn.next_functions[0][0].next_functions[0][0]
print(leaf.name(), [a for a in dir(leaf) if not a.startswith("_")])
print(x.grad_fn, "_data" in dir(x), "_vc" in dir(torch.Tensor), "grad_fn" in dir(x))
