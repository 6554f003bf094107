# Q: "cannot assign module before Module.__init__() call"
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        self.fc = nn.Linear(2, 1)
        super().__init__()


try:
    Net()
except AttributeError as err:
    print(type(err).__name__ + ":", err)
