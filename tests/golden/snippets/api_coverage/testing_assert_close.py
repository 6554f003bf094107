# torch.testing.assert_close: passes, and the messages of its failures (values, shapes, dtypes, nesting).
import torch
from torch.testing import assert_close

cases = [
    (torch.tensor([1.0, 2.0, 3.0]), torch.tensor([1.0, 2.5, 3.0]), {}),
    (torch.tensor([1.0, 2.0, 3.0, 4.0]), torch.tensor([1.1, 2.0, 3.0, 4.5]), {}),
    (torch.tensor([1.0, 2.0]), torch.tensor([1.0, 2.0], dtype=torch.float64), {}),
    (torch.tensor([1.0, 2.0]), torch.tensor([1.0, 2.0, 3.0]), {}),
    (torch.tensor([1, 2]), torch.tensor([1, 3]), {}),
    (torch.tensor([[1.0, 2.0], [3.0, 4.0]]), torch.tensor([[1.0, 2.0], [3.0, 4.1]]), {}),
    (torch.tensor(1.0), torch.tensor(1.5), {}),
    (torch.tensor([float("nan")]), torch.tensor([float("nan")]), {}),
    (torch.tensor([float("nan")]), torch.tensor([float("nan")]), {"equal_nan": True}),
    (torch.tensor([1.0, 2.0]), torch.tensor([1.0, 2.0001]), {"rtol": 1e-3, "atol": 0.0}),
    (torch.tensor([1.0, 2.0]), torch.tensor([1.0, 2.1]), {"rtol": 1e-3, "atol": 0.0}),
    (1.0, 1.0 + 1e-9, {}), (1.0, 1.1, {}), (2, 3, {}), (1, 1.0, {}), (True, False, {}),
    ([1.0, 2.0], [1.0, 2.5], {}), ([1, 2], [1, 2, 3], {}),
    ({"w": torch.ones(2), "b": [torch.zeros(1), 1]}, {"w": torch.ones(2), "b": [torch.zeros(1), 2]}, {}),
    ((torch.ones(2),), (torch.zeros(2),), {}),
    (torch.tensor([1.0, 2.0]), [1.0, 2.0], {}),
    (torch.tensor([1.0, 2.0]), torch.tensor([1.0, 2.0], dtype=torch.float64), {"check_dtype": False}),
    (torch.tensor([1.0, 2.0]), torch.tensor([1.0, 2.0]), {"rtol": 1e-3}),
    (torch.tensor([1.0, 2.0]), torch.tensor([1.5, 2.0]), {"msg": "custom message"}),
    (torch.ones(2), torch.zeros(2), {"msg": lambda m: "X " + m[:20]}),
    (torch.zeros(2, 3), torch.ones(2, 3), {}),
    (torch.tensor([True, False]), torch.tensor([True, True]), {}),
    (torch.tensor([1.0, 2.0], dtype=torch.float64), torch.tensor([1.0, 2.0 + 1e-6], dtype=torch.float64), {}),
    (torch.tensor([1.0, float("inf")]), torch.tensor([1.0, float("inf")]), {}),
    (torch.tensor([0.0, 0.0]), torch.tensor([1.0, 1e-6]), {}),
    (torch.tensor([1.0, 2.0], requires_grad=True) * 2, torch.tensor([2.0, 4.0]), {}),
    (torch.tensor([1.0, 2.0]).half(), torch.tensor([1.0, 2.001]).half(), {}),
    ({"a": 1, "b": 2}, {"a": 1, "c": 2}, {}), ("ab", "ab", {}),
]
for i, (a, b, kw) in enumerate(cases):
    try:
        print(i, assert_close(a, b, **kw))
    except Exception as e:
        print(i, type(e).__name__, e)
