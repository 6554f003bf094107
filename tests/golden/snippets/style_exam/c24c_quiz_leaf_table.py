# Quiz 2: fill in the table for every tensor
import torch

w = torch.tensor(2.0, requires_grad=True)
k = torch.tensor(3.0)
prod = w * k
frozen = prod.detach()
mix = frozen + w
const = k * 2
for name, t in [("w", w), ("k", k), ("prod", prod), ("frozen", frozen), ("mix", mix), ("const", const)]:
    fn = type(t.grad_fn).__name__ if t.grad_fn is not None else None
    print(f"{name}: is_leaf={t.is_leaf} requires_grad={t.requires_grad} grad_fn={fn}")
