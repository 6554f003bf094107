# HW2 Q1: implement a numerically stable softmax
import torch


def my_softmax(x):
    shifted = x - x.max(dim=-1, keepdim=True).values
    e = shifted.exp()
    return e / e.sum(dim=-1, keepdim=True)


# ---- autograder ----
torch.manual_seed(0)
for trial in range(3):
    x = torch.randn(4, 5) * 10
    torch.testing.assert_close(my_softmax(x), torch.softmax(x, dim=-1))
    print(f"test {trial}: PASS")
print(my_softmax(torch.tensor([1000.0, 1000.0])))
