# The usual Kaggle "seed everything" cell with cudnn flags and deterministic algorithms
import os
import random
import numpy as np
import torch

SEED = 2025
os.environ["PYTHONHASHSEED"] = str(SEED)
random.seed(SEED)
np.random.seed(SEED)
torch.manual_seed(SEED)
torch.cuda.manual_seed_all(SEED)
torch.backends.cudnn.deterministic = True
torch.backends.cudnn.benchmark = False
torch.use_deterministic_algorithms(True)
print(torch.are_deterministic_algorithms_enabled())
print(torch.backends.cudnn.deterministic, torch.backends.cudnn.benchmark)
print(torch.rand(3))
torch.use_deterministic_algorithms(False)
