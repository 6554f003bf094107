# Q: one-hot with scatter_ errors out
import torch

labels = torch.tensor([0, 2, 1])
onehot = torch.zeros(3, 3)
try:
    onehot.scatter_(1, labels, 1.0)
except RuntimeError as err:
    print(err)
onehot.scatter_(1, labels.unsqueeze(1), 1.0)
print(onehot)
print(torch.nn.functional.one_hot(labels))
print(torch.nn.functional.one_hot(labels, num_classes=4).float())
