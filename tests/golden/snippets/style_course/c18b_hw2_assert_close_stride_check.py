# Autograder with check_stride=True: a transposed copy is not the same layout
import torch

ref = torch.arange(6.0).reshape(2, 3)
student = torch.arange(6.0).reshape(3, 2).T.contiguous().T.T  # same values? let's see
print(student.shape)
student = ref.T.contiguous().T
torch.testing.assert_close(student, ref)
print("values: PASS")
try:
    torch.testing.assert_close(student, ref, check_stride=True)
except AssertionError as e:
    print(e)
