# assert_close pairs up the whole structure before comparing any values
import numpy as np
import torch

def check(*args, **kwargs):
    try:
        torch.testing.assert_close(*args, **kwargs)
        print("ok")
    except Exception as e:
        print(type(e).__name__, repr(str(e)))

check([torch.tensor([1.0]), "x"], [torch.tensor([2.0]), 3])
check({"w": torch.tensor([1.0]), "b": torch.tensor([2.0])}, {"w": torch.tensor([1.5]), "b": torch.tensor([2.5])})
check([torch.tensor(1.0), [1, 2]], [torch.tensor(2.0), [1, 2, 3]], msg="not shown")
check([1, 3], [1, 2], msg=lambda m: "<" + m + ">")
check(None, None)
check([None], [torch.tensor(1.0)])
check(1, 1.0, check_dtype=False)
check(True, 1)
check(1 + 2j, 1 + 3j)
check(1.0, float("inf"))
check(np.float32(1.0), np.float32(1.5))
check(np.bool_(True), False)
check([torch.tensor([1.0])], [torch.tensor([1.0])], rtol=1e-3)
check([True], [True], rtol=1e-3)
