# Autograder: torch.testing.assert_close with zero tolerance for a reshape task
import torch


def to_patches(img):
    return img.reshape(2, 2, 2, 2).transpose(1, 2).reshape(4, 4)


img = torch.arange(16.0).reshape(4, 4)
ref = img.unfold(0, 2, 2).unfold(1, 2, 2).reshape(4, 4)
try:
    torch.testing.assert_close(to_patches(img), ref, rtol=0, atol=0)
except AssertionError as e:
    print(e)
print(ref)
