import numpy as np
import torch

# The legacy constructors with sizes, data and things that are neither
for make in ("torch.Tensor()", "torch.Tensor(-1)", "torch.Tensor(2, -3)", "torch.Tensor(2.5)",
             "torch.Tensor('x')", "torch.Tensor(None)", "torch.Tensor(np.array([1, 2]))",
             "torch.Tensor((1, 2))", "torch.Tensor([2**70])", "torch.FloatTensor(2, -1)",
             "torch.Tensor(True)", "torch.Tensor(range(3))", "torch.Tensor(x for x in [1])",
             "torch.Tensor({1: 2})", "torch.tensor(2**70, dtype=torch.float32)",
             "torch.tensor([2**70], dtype=torch.float64)", "torch.ones(2).new_tensor([2**70])",
             "torch.ones(2, dtype=torch.int64).new_tensor(2**70)", "torch.as_tensor(2**70)"):
    try:
        print(make, "->", eval(make))
    except (RuntimeError, TypeError, ValueError) as e:
        print(make, "->", type(e).__name__, e)
