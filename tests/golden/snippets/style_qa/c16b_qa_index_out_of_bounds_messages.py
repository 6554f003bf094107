# Q: index out of range messages for different kinds of indexing.
import torch

x = torch.arange(5)
for index in (5, -6):
    try:
        x[index]
    except IndexError as e:
        print(e)
try:
    x[torch.tensor([1, 7])]
except IndexError as e:
    print(e)
m = torch.zeros(2, 3)
try:
    m[0, 3] = 1.0
except IndexError as e:
    print(e)
print(x[4:100], x[-100:2])
