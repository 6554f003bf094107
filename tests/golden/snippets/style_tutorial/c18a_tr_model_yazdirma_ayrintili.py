# Katmanları yazdırma: Conv, Pool, Flatten, Linear içeren ağ
import torch.nn as nn

ağ = nn.Sequential(
    nn.Conv2d(1, 8, kernel_size=3, padding=1),
    nn.ReLU(inplace=True),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(8 * 14 * 14, 10),
    nn.LogSoftmax(dim=1),
)
print(ağ)
print("Katman sayısı:", len(ağ))
print("İkinci katman:", ağ[1])
print("Son iki katman:", ağ[-2:])
