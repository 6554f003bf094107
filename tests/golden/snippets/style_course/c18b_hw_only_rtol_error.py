# The TA passed only rtol to assert_close
import torch

a = torch.tensor([1.0, 2.0])
try:
    torch.testing.assert_close(a, a + 1e-6, rtol=1e-3)
except ValueError as e:
    print("ValueError:", e)
torch.testing.assert_close(a, a + 1e-6, rtol=1e-3, atol=1e-5)
print("with both: PASS")
