"""mlp_step.py with Adam: its denominator is float32 sqrt, which the engine computes as MKL does,
and its updates are fused multiply-adds, emulated exactly; the cost of that exactness shows here."""
import os
import runpy

os.environ["MLP_OPTIMIZER"] = "adam"
runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "mlp_step.py"), run_name="__main__")
