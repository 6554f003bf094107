# Tensor.apply_ / map_: Python numbers in, each result converted back as PyTorch unpacks a scalar
import torch

x = torch.tensor([0.1, 0.7])
print(x.apply_(lambda a: a / 3 * 3 + 1e-9), torch.tensor([1, 2]).apply_(lambda a: a / 3 * 2.9))
print(torch.tensor([1., 2., 3.]).map_(torch.tensor([1., 1., 1.]), lambda a, b: a * 10 + b))
print(torch.zeros(2, 3).map_(torch.tensor([1., 2., 3.]), lambda a, b: b - a))
print(torch.tensor([True, False]).apply_(lambda a: 0.5), torch.tensor([1.]).apply_(lambda a: torch.tensor(5.)))
calls = [
    lambda: torch.tensor([1., 2.]).apply_(lambda a: None),
    lambda: torch.tensor([1., 2.]).apply_(lambda a: 1j),
    lambda: torch.tensor([1, 2]).apply_(lambda a: "x"),
    lambda: torch.tensor([1], dtype=torch.uint8).apply_(lambda a: 300),
    lambda: torch.tensor([1]).apply_(lambda a: float("nan")),
    lambda: torch.tensor([1]).apply_(lambda a: 2 ** 70),
    lambda: torch.tensor([1., 2.], requires_grad=True).apply_(lambda a: a),
    lambda: torch.tensor([1., 2.]).map_(torch.tensor([1, 2]), lambda a, b: a + b),
    lambda: torch.tensor([1., 2.]).map_(torch.tensor([1., 2., 3.]), lambda a, b: a + b),
    lambda: torch.tensor([1., 2.]).map_(2.0, lambda a, b: a + b),
]
for call in calls:
    try:
        call()
    except (TypeError, RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
