# Autograder checks that the student's init is reproducible with a seed
import torch


def init_params(seed):
    torch.manual_seed(seed)
    return torch.randn(2, 3) * 0.01


a = init_params(0)
b = init_params(0)
c = init_params(1)
print("same seed equal:", torch.equal(a, b))
print("different seed equal:", torch.equal(a, c))
try:
    torch.testing.assert_close(a, c)
except AssertionError as e:
    print(str(e).splitlines()[0], str(e).splitlines()[2])
