# Using a multi-element tensor in an if statement.
import torch

x = torch.tensor([1.0, -2.0])
try:
    if x > 0:
        print('positive')
except RuntimeError as e:
    print(type(e).__name__, e)
print((x > 0).all(), (x > 0).any())
if torch.tensor([3.0]) > 0:
    print('one element is fine')
