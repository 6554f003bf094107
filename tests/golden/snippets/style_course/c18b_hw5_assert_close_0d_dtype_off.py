# Autograder comparing 0-dim results of different dtypes
import torch

mine = torch.tensor(2, dtype=torch.int32)
ref = torch.tensor(2.0)
try:
    torch.testing.assert_close(mine, ref)
except AssertionError as e:
    print(e)
torch.testing.assert_close(mine, ref, check_dtype=False)
print("check_dtype=False: PASS")
try:
    torch.testing.assert_close(torch.tensor(2.5), torch.tensor(2), check_dtype=False)
except AssertionError as e:
    print(e)
