# Getting the predicted class from the model output
import torch

torch.manual_seed(3)
outputs = torch.randn(3, 4)
result = torch.max(outputs, 1)
print(result)
values, predicted = torch.max(outputs, dim=1)
print("Predicted classes:", predicted)
print("Same as argmax?", torch.equal(predicted, outputs.argmax(dim=1)))
print(result.indices.dtype, type(result).__name__)
