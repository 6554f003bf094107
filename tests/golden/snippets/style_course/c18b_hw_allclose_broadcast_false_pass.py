# Why the TA says use assert_close instead of allclose for grading
import torch

student = torch.tensor([[2.0], [2.0]])
reference = torch.tensor([2.0, 2.0])
print("allclose:", torch.allclose(student, reference))  # broadcasts, says True
try:
    torch.testing.assert_close(student, reference)
except AssertionError as e:
    print("assert_close:", e)
