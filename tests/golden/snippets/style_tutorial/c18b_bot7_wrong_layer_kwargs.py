"""Creating layers with keyword arguments (some names guessed wrong)."""
import torch.nn as nn

attempts = [
    lambda: nn.Linear(input_size=3, output_size=2),
    lambda: nn.Conv2d(1, 6, kernel=3),
    lambda: nn.Dropout(prob=0.5),
    lambda: nn.LSTM(input_dim=4, hidden_dim=8),
]
for make in attempts:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
print(nn.Linear(in_features=3, out_features=2))
print(nn.Conv2d(1, 6, kernel_size=3))
