# Quickstart end: save the model, build a fresh one, load it and predict with class names.
import os
import tempfile
import torch
from torch import nn

classes = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat"]

class NeuralNetwork(nn.Module):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.linear_relu_stack = nn.Sequential(nn.Linear(16, 8), nn.ReLU(), nn.Linear(8, 5))

    def forward(self, x):
        return self.linear_relu_stack(self.flatten(x))

torch.manual_seed(21)
model = NeuralNetwork()
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "model.pth")
    torch.save(model.state_dict(), path)
    print("Saved PyTorch Model State to model.pth")
    model = NeuralNetwork()
    print(model.load_state_dict(torch.load(path, weights_only=True)))
model.eval()
x, y = torch.rand(4, 4, 4), torch.tensor([3, 1, 0, 4])
with torch.no_grad():
    pred = model(x)
    for i in range(len(y)):
        predicted, actual = classes[pred[i].argmax(0)], classes[y[i]]
        print(f'Predicted: "{predicted}", Actual: "{actual}"')
print(pred.argmax(1), pred.max(1))
