# Creating an optimizer for our model
import torch
import torch.nn as nn

model = nn.Linear(3, 1)

# Pass the model's parameters to the optimizer
try:
    optimizer = torch.optim.SGD(model.parameters, lr=0.01)
except TypeError as e:
    print("Oops:", e)

# The fix: call parameters() - it's a method!
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
print(optimizer)
