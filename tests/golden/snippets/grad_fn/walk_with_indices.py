import torch

a = torch.tensor([1., 2.], requires_grad=True)
b = torch.tensor([3., 4.], requires_grad=True)
loss = ((a * b).sum() + a.mean()) ** 2
stack = [(loss.grad_fn, 0)]
while stack:
    fn, depth = stack.pop()
    print(f"{'. ' * depth}{fn.name()} -> {[(None if f is None else f.name(), i) for f, i in fn.next_functions]}")
    for f, _ in reversed(fn.next_functions):
        if f is not None:
            stack.append((f, depth + 1))
