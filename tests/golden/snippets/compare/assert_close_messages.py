# torch.testing.assert_close: default tolerances per dtype, and its failure messages for tensors, 0-dim tensors,
# Python numbers, containers, integer and mixed dtypes.
import torch

def check(a, b, **kw):
    try:
        print("ok", torch.testing.assert_close(a, b, **kw))
    except (AssertionError, TypeError, ValueError) as e:
        print(type(e).__name__, repr(str(e)))

check(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([1.0, 2.0, 3.0]) + 1e-3)
check(torch.tensor([[1.0, 2.0], [3.0, 4.0]]), torch.tensor([[1.0, 2.0], [3.0, 4.1]]))
check(torch.tensor([1.0, 2.0]), torch.tensor([0.0, 2.0]))
check(torch.tensor([1, 2]), torch.tensor([4, 7]))
check(torch.tensor([True, False]), torch.tensor([True, True]))
check(torch.tensor([1, 2, 3]), torch.tensor([1.0, 2.0, 3.0]))
check(torch.tensor([1, 2, 3], dtype=torch.int32), torch.tensor([1.0, 2.0, 3.5]), check_dtype=False)
check(torch.ones(2), torch.ones(3))
check(torch.ones(2, 2).t(), torch.ones(2, 2), check_stride=True)
check(torch.tensor(1.0), torch.tensor(1.5))
check(torch.tensor(0.0), torch.tensor(1e-3))
check(torch.tensor(5), torch.tensor(3))
check(1.0, 1.5)
check(1, 1.0)
check(1e-9, 0.0)
check(torch.tensor(1.0), 1.0)
check(torch.tensor([1.0]), [1.0])
check([[1.0], [2.0, 3.0]], [[1.0], [2.0, 3.5]])
check((torch.ones(2), torch.zeros(1)), (torch.ones(2), torch.ones(1)))
check({"a": torch.ones(1)}, {"a": torch.zeros(1)})
check({"a": 1, "b": 2}, {"a": 1, "c": 2})
check([1.0, 2.0], [1.0, 2.0, 3.0])
check(torch.tensor([float("nan"), 1.0]), torch.tensor([float("nan"), 1.0]))
check(torch.tensor([float("nan"), 1.0]), torch.tensor([float("nan"), 1.0]), equal_nan=True)
check(torch.tensor([1.0, float("inf")]), torch.tensor([1.0, 2.0]))
check(torch.tensor([1.0], dtype=torch.float16), torch.tensor([1.01], dtype=torch.float16))
check(torch.tensor([1.0], dtype=torch.float64), torch.tensor([1.0 + 1e-6], dtype=torch.float64))
check(torch.tensor([1.0, 2.0]), torch.tensor([1.05, 2.0]), rtol=0, atol=0.1)
check(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 3.0]), rtol=0, atol=0)
check(torch.tensor([1.0, 2.0]), torch.tensor([1.5, 2.0]), msg="custom")
check(torch.tensor([1.0, 2.0]), torch.tensor([1.5, 2.0]), msg=lambda m: m.upper()[:20])
check(torch.tensor([1.0]), torch.tensor([1.0]), rtol=0.1)
check(torch.ones(2, requires_grad=True), torch.ones(2))
