"""Setting up optimizers (the assistant used Keras-style names first)."""
import torch

params = [torch.nn.Parameter(torch.zeros(3))]
for make in (lambda: torch.optim.Adam(params, learning_rate=0.01),
             lambda: torch.optim.SGD(params, lr=0.1, decay=1e-4),
             lambda: torch.optim.SGD(params)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
print(torch.optim.SGD(params, lr=0.1, weight_decay=1e-4).defaults["weight_decay"])
