# Q: cannot assign module before Module.__init__() call
import torch.nn as nn


class Broken(nn.Module):
    def __init__(self):
        self.fc = nn.Linear(2, 2)
        super().__init__()


try:
    Broken()
except AttributeError as e:
    print("AttributeError:", e)


class Working(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 2)


print(Working())
