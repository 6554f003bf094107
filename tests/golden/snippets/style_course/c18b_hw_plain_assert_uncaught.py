# Q2 autograder: plain asserts, the second one fails and stops the script
import torch


def dot(a, b):
    return (a * b).sum()


a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([4.0, 5.0, 6.0])
assert torch.equal(dot(a, b), torch.dot(a, b)), "dot product wrong"
print("test_dot: PASS")
assert dot(a, b).shape == (1,), f"expected shape (1,), got {tuple(dot(a, b).shape)}"
print("test_shape: PASS")
