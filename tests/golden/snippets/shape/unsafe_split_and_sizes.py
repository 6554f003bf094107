import torch

x = torch.arange(10., requires_grad=True)
y = x * 1
cases = {
    "unsafe_chunk": lambda: torch.unsafe_chunk(y, 3),
    "Tensor.unsafe_split": lambda: y.unsafe_split(4),
    "unsafe_split_with_sizes": lambda: torch.unsafe_split_with_sizes(y, [3, 7]),
    "split_with_sizes": lambda: torch.split_with_sizes(y, [3, 7]),
    "Tensor.split_with_sizes": lambda: y.split_with_sizes([5, 5], dim=0),
}
for name, make in cases.items():
    parts = make()
    node = parts[0].grad_fn
    saved = {a: getattr(node, a) for a in sorted(dir(node)) if a.startswith("_saved")}
    print(name, [p.shape[0] for p in parts], type(node).__name__, parts[0]._is_view(), saved)
    sum(p.sum() * i for i, p in enumerate(parts)).backward()
print(x.grad)
for bad in [lambda: torch.unsafe_split(y, [5, 5]), lambda: y.unsafe_chunk(1.5), lambda: torch.split_with_sizes(y, [2, 2])]:
    try:
        bad()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
