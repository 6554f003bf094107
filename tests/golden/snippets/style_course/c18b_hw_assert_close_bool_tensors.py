# Autograder for a mask-building function
import torch


def causal_mask(n):
    return torch.ones(n, n).triu(diagonal=1) == 1


ref = torch.triu(torch.ones(3, 3, dtype=torch.bool), diagonal=1)
torch.testing.assert_close(causal_mask(3), ref)
print("causal_mask(3): PASS")
try:
    torch.testing.assert_close(causal_mask(3), ref.T)
except AssertionError as e:
    print(e)
