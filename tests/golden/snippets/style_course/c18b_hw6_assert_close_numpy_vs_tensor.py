# The student returned a numpy array; the grader compares with a tensor
import numpy as np
import torch


def student_cumsum(x):
    return np.cumsum(x.numpy())


x = torch.tensor([1.0, 2.0, 3.0])
try:
    torch.testing.assert_close(student_cumsum(x), torch.cumsum(x, 0))
except TypeError as e:
    print("TypeError:", e)
torch.testing.assert_close(torch.from_numpy(student_cumsum(x)), torch.cumsum(x, 0))
print("after from_numpy: PASS")
torch.testing.assert_close(student_cumsum(x), np.array([1.0, 3.0, 6.0], dtype=np.float32))
print("numpy vs numpy: PASS")
